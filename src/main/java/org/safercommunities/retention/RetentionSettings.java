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
 */
@ConfigurationProperties("safer.retention")
record RetentionSettings(@DefaultValue({}) Map<String, Period> periods, @DefaultValue("200") int batch,
		@DefaultValue("0 30 2 * * *") String dailyCron) {

	Period periodOf(RetainedRecords.RecordType type) {
		return periods.getOrDefault(type.code(), type.period());
	}

}
