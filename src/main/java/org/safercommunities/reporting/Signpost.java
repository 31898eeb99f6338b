package org.safercommunities.reporting;

import java.io.Serializable;

/**
 * One local service suggested to a reporter.
 * @param kind the directory entry type, as a message key suffix (reporting-centre, support, safe-place, hub)
 * @param path the public page of the entry, e.g. /directory/barnet-mencap
 * @param matchReason why it is suggested, already in the reporter's language (e.g. "Helps with disability")
 */
public record Signpost(String name, String kind, String path, String phone, String summary, String matchReason)
		implements Serializable {
}
