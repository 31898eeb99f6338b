package org.safercommunities.retention;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retention settings ({@code safer.retention.*}).
 *
 * @param periods a period per record type code, replacing the module's default (e.g. {@code sent-email: P30D})
 * @param batch records disposed of per query; each in its own transaction
 * @param dailyCron when the job runs (UK time)
 * @param disposeUnreviewed codes of review types whose records the job anonymises when nobody reviewed them by the
 * end of their period (none by default: a record due for review waits for an officer)
 */
@ConfigurationProperties("safer.retention")
record RetentionSettings(@DefaultValue({}) Map<String, Period> periods, @DefaultValue("200") int batch,
		@DefaultValue("0 30 2 * * *") String dailyCron, @DefaultValue({}) java.util.Set<String> disposeUnreviewed) {

	Period periodOf(RetainedRecords.RecordType type) {
		return periods.getOrDefault(type.code(), type.period());
	}

	/** Whether the job itself disposes of this type's expired records (a review type only when configured so). */
	boolean jobDisposes(RetainedRecords.RecordType type) {
		return type.disposal() != RetainedRecords.Disposal.REVIEW || disposeUnreviewed.contains(type.code());
	}

}
