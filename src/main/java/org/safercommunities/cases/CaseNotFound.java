package org.safercommunities.cases;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No case has this id (or reference): answered 404, as is a case the person may not know exists. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

	public CaseNotFound(Object idOrReference) {
		super("No case " + idOrReference);
	}

}
