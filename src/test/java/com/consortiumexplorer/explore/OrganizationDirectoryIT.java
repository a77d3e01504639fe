package com.consortiumexplorer.explore;

import static org.assertj.core.api.Assertions.assertThat;

import com.consortiumexplorer.ExplorerIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Finding an organization with its lists: the embedded engine's core API and Cypher read the same. */
@ExplorerIntegrationTest
class OrganizationDirectoryIT {

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    OrganizationLists lists;

    @Autowired
    Driver driver;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCoreApiReadsEveryOrganizationAndItsListsAsCypherDoes() {
        List<OrganizationList<?>> inProcess = lists.selected(Lookahead.EVERYTHING).stream()
                .filter(OrganizationList::readsInProcess)
                .toList();
        assertThat(inProcess)
                .extracting(OrganizationList::field)
                .containsExactlyInAnyOrder("collaborations", "incomingFlows", "memberships", "outgoingFlows");
        List<String> ids =
                driver
                        .executableQuery("MATCH (o:Organization) RETURN o.id AS id ORDER BY id")
                        .execute()
                        .records()
                        .stream()
                        .map(r -> r.get("id").asString())
                        .toList();
        assertThat(ids).hasSizeGreaterThan(50);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(true);
        int items = 0;
        for (String id : ids) {
            // outside a Spring transaction GraphReads takes the core API; inside one, Cypher through the driver
            OrganizationWithLists core =
                    directory.find(id, inProcess, Lookahead.EVERYTHING).orElseThrow();
            OrganizationWithLists cypher = transaction.execute(status ->
                    directory.find(id, inProcess, Lookahead.EVERYTHING).orElseThrow());
            assertThat(core).as(id).isEqualTo(cypher);
            items += core.lists().values().stream().mapToInt(List::size).sum();
        }
        assertThat(items).as("list items compared").isGreaterThan(1000);
        assertThat(directory.find("no-such-organization", inProcess, Lookahead.EVERYTHING))
                .isEmpty();
        assertThat(directory.find("no-such-organization")).isEmpty();
        assertThat(directory.find("col-ybvtc"))
                .get()
                .extracting(OrganizationSummary::name)
                .isNotNull();
    }
}
