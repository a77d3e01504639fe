package com.consortiumexplorer.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The UI languages and the cookie that remembers a visitor's choice. */
public final class Languages {

    /** Simplified Chinese, the default. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Languages offered, in the order of the switch. */
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    static final String COOKIE = "explorer-lang";

    private Languages() {}

    /** Whether a locale means English text. */
    public static boolean isEnglish(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    static Optional<Locale> remembered(VaadinRequest request) {
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .flatMap(tag -> ALL.stream().filter(l -> l.toLanguageTag().equals(tag)))
                .findFirst();
    }

    static void remember(VaadinResponse response, Locale locale) {
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
    }
}
