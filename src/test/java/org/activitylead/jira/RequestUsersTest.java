package org.activitylead.jira;

import static org.activitylead.testing.jira.JiraUsers.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.jira.cache.request.RequestCache;
import com.atlassian.jira.cache.request.RequestCacheFactory;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.activitylead.core.people.HostUser;
import org.activitylead.testing.jira.FakeRequestCaches;
import org.activitylead.testing.jira.JiraUsers;
import org.junit.jupiter.api.Test;

class RequestUsersTest {

    private final JiraUsers users = JiraUsers.of(aUser("alice"), aUser("bob"));
    private final List<String> asked = new ArrayList<>();

    private Supplier<Optional<HostUser<ApplicationUser>>> lookup(String username) {
        return () -> {
            asked.add(username);
            return users.has(username) ? Optional.of(JiraDriDirectory.held(users.user(username))) : Optional.empty();
        };
    }

    @Test
    void asksJiraOncePerReferenceAndRequest() {
        FakeRequestCaches requests = new FakeRequestCaches();
        RequestUsers requestUsers = RequestUsers.with(requests);

        Optional<HostUser<ApplicationUser>> first = requestUsers.find("alice", lookup("alice"));
        Optional<HostUser<ApplicationUser>> again = requestUsers.find("alice", lookup("alice"));
        requestUsers.find("bob", lookup("bob"));

        assertThat(again).isSameAs(first);
        assertThat(asked).containsExactly("alice", "bob");
    }

    @Test
    void asksAgainInTheNextRequest() {
        FakeRequestCaches requests = new FakeRequestCaches();
        RequestUsers requestUsers = RequestUsers.with(requests);

        requestUsers.find("alice", lookup("alice"));
        requests.endRequest();
        requestUsers.find("alice", lookup("alice"));

        assertThat(asked).containsExactly("alice", "alice");
    }

    @Test
    void remembersThatAReferenceNamesNobody() {
        RequestUsers requestUsers = RequestUsers.with(new FakeRequestCaches());

        assertThat(requestUsers.find("nobody", lookup("nobody"))).isEmpty();
        assertThat(requestUsers.find("nobody", lookup("nobody"))).isEmpty();
        assertThat(asked).containsExactly("nobody");
    }

    @Test
    void asksEveryTimeOutsideARequestOrWithoutJirasCache() {
        RequestCacheFactory failing = new RequestCacheFactory() {
            @Override
            public <K, V> RequestCache<K, V> createRequestCache(String name) {
                throw new IllegalStateException("no request cache here");
            }
        };
        List<RequestUsers> uncached = List.of(RequestUsers.with(FakeRequestCaches.outsideRequests()), RequestUsers.with(null),
                RequestUsers.with(failing), new RequestUsers(() -> {
                    throw new NoClassDefFoundError("com/atlassian/jira/cache/request/RequestCacheFactory");
                }));

        for (RequestUsers requestUsers : uncached) {
            assertThat(requestUsers.find("alice", lookup("alice"))).map(user -> user.person().username()).contains("alice");
            requestUsers.find("alice", lookup("alice"));
        }

        assertThat(asked).hasSize(2 * uncached.size());
    }
}
