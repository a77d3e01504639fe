package com.consortiumexplorer.consortium;

import com.consortiumexplorer.explore.Outcome;
import com.consortiumexplorer.explore.UserError;
import java.util.List;

/** Result of joining or leaving a consortium. */
record MembershipPayload(MembershipView membership, List<UserError> userErrors) {

    static MembershipPayload of(Outcome<MembershipView> outcome) {
        return new MembershipPayload(outcome.value(), outcome.userErrors());
    }
}
