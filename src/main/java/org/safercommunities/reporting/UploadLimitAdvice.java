package org.safercommunities.reporting;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the server accepts never reaches the controller. Send the person back to the evidence
 * page with a specific message instead of an error page; their answers are still in the session.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		return "redirect:/report/evidence?too-large=true";
	}

}
