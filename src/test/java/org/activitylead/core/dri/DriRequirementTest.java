package org.activitylead.core.dri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class DriRequirementTest {

    private static final BooleanSupplier EPIC = () -> true;
    private static final BooleanSupplier NOT_EPIC = () -> false;
    private static final BooleanSupplier NEVER_ASKED = () -> fail("epic detection must not be asked");

    @Test
    void aRestrictedContextRequiresADriOnExactlyItsIssueTypes() {
        List<String> context = List.of("10000", "10005");

        assertThat(DriRequirement.required(context, "10000", NEVER_ASKED)).isTrue();
        assertThat(DriRequirement.required(context, "10005", NEVER_ASKED)).isTrue();
        assertThat(DriRequirement.required(context, "10001", NEVER_ASKED)).isFalse();
    }

    @Test
    void aRestrictedContextRequiresADriOnCreateWhereTheIssueTypeIsNotKnown() {
        assertThat(DriRequirement.required(List.of("10000"), null, NEVER_ASKED)).isTrue();
    }

    @Test
    void aContextForAllIssueTypesFallsBackToEpicDetection() {
        for (List<String> allTypes : List.<List<String>>of(List.of(), Arrays.asList((String) null), List.of(" "))) {
            assertThat(DriRequirement.required(allTypes, "10000", EPIC)).isTrue();
            assertThat(DriRequirement.required(allTypes, "10001", NOT_EPIC)).isFalse();
            // Create: no issue type, so no epic to detect; the workflow validator on Create decides.
            assertThat(DriRequirement.required(allTypes, null, NEVER_ASKED)).isFalse();
        }
        assertThat(DriRequirement.required(null, "10000", EPIC)).isTrue();
    }

    @Test
    void listedDropsNullsAndBlanksAndTrims() {
        assertThat(DriRequirement.listed(Arrays.asList(null, "", " 10000 ", "10000", "10001"))).isEqualTo(Set.of("10000", "10001"));
        assertThat(DriRequirement.listed(null)).isEmpty();
    }
}
