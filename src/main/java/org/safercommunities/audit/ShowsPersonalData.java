package org.safercommunities.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a staff handler whose page or export shows personal data (a name, contact details, an account), so its
 * every read is audited: by the module's own call ({@code CASE_VIEWED}, {@code REPORT_VIEWED}, ...) where it makes
 * one, and otherwise by {@link PersonalDataReadAudit}, which writes {@code PERSONAL_DATA_READ} for the record once
 * the page was shown. {@code PersonalDataReadAuditTests} requests every marked handler against a seeded record and
 * fails when no entry was written, and fails for an unmarked page that shows a seeded person.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ShowsPersonalData {

	/**
	 * The kind of record the page reads, as the audit log names it ({@code hate_report}, {@code case_file},
	 * {@code person}, ...); its id is the handler's path variable {@link #idVariable()}.
	 */
	String value();

	/** The path variable holding the record's id; a page without one (a list) is audited without an id. */
	String idVariable() default "id";

}
