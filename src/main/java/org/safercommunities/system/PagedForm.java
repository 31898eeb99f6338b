package org.safercommunities.system;

import java.util.List;

/**
 * A form object whose fields are spread over several pages (answers gathered one question at a time). It names
 * the fields of the page being shown, in page order: the error summary lists that page's errors in this order and
 * links an error about the whole form (a global error) to the first of them. A form shown on one page needs none
 * of this: it declares its fields in page order.
 */
public interface PagedForm {

	/** The fields of the page being shown, in page order; empty when no page is being shown. */
	List<String> fieldsOnPage();

}
