package org.activitylead.core.handover;

import org.activitylead.core.people.Person;
import org.activitylead.core.people.UserRef;

/**
 * How a host holds the references a panel names people by ({@code R}: its own object, kept as it is wherever the
 * handover leaves it alone): what one names, and the reference that names a successor by key.
 */
public interface References<R> {

    UserRef named(R reference);

    R byKey(Person successor);
}
