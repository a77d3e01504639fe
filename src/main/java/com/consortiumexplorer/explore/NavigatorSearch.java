package com.consortiumexplorer.explore;

import com.consortiumexplorer.ui.EntitySearch;
import java.util.List;
import org.springframework.stereotype.Component;

/** Serves the shell's global search box from the {@link GraphNavigator}; results open in the explorer. */
@Component
class NavigatorSearch implements EntitySearch {

    private final GraphNavigator navigator;

    NavigatorSearch(GraphNavigator navigator) {
        this.navigator = navigator;
    }

    @Override
    public List<Result> search(String text, int limit, boolean english) {
        int first = Math.clamp(limit, 1, GraphNavigator.MAX_SEARCH_RESULTS);
        return navigator.search(text, null, first).stream()
                .map(SearchHit::entity)
                .map(n -> new Result(n.id(), n.type().name(), n.displayName(english)))
                .toList();
    }

    @Override
    public String route() {
        return ExplorerView.ROUTE;
    }
}
