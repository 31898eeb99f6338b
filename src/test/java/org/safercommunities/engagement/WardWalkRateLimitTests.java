package org.safercommunities.engagement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.safercommunities.engagement.WalkForms.AdvanceIssueForm;
import org.safercommunities.geography.Wards;
import org.safercommunities.reporting.PublicSends;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The public advance form counts against the public sends' limit (the same bucket as an online report and a Case
 * Review application): over the limit, nothing is stored and the person is told to try later with a 429.
 */
class WardWalkRateLimitTests {

	private final WardWalks walks = mock(WardWalks.class);

	private final PublicSends limit = mock(PublicSends.class);

	private final WardWalkPublicController controller = new WardWalkPublicController(walks, mock(Wards.class), limit);

	@Test
	void anIssueOverTheLimitIsRefusedWithoutBeingStored() {
		when(walks.isCategory("GRAFFITI")).thenReturn(true);
		when(limit.tryConsume(any())).thenReturn(Optional.of(Duration.ofMinutes(20)));
		MockHttpServletResponse response = new MockHttpServletResponse();

		String view = raise(response);

		assertThat(view).isEqualTo("engagement/public-walk-too-many");
		assertThat(response.getStatus()).isEqualTo(429);
		verify(walks, never()).raiseInAdvance(anyLong(), anyString(), anyString());
	}

	@Test
	void anIssueWithinTheLimitIsStored() {
		when(walks.isCategory("GRAFFITI")).thenReturn(true);
		when(limit.tryConsume(any())).thenReturn(Optional.empty());

		String view = raise(new MockHttpServletResponse());

		assertThat(view).isEqualTo("redirect:/ward-walks/7/issue/sent");
		verify(walks).raiseInAdvance(7, "GRAFFITI", "Tags on the bus shelter");
	}

	@Test
	void aFormWithErrorsIsShownAgainWithoutTakingFromTheLimit() {
		LocalDate today = LocalDate.of(2026, 12, 3);
		when(walks.today()).thenReturn(today);
		when(walks.walk(7)).thenReturn(new WardWalk("E05013643", today.plusDays(10), "Library", null, Instant.now()));
		AdvanceIssueForm empty = new AdvanceIssueForm();

		String view = controller.raise(7, empty, new BeanPropertyBindingResult(empty, "advanceIssueForm"),
				new ExtendedModelMap(), new MockHttpServletRequest(), new MockHttpServletResponse());

		assertThat(view).isEqualTo("engagement/public-walk-issue");
		verify(limit, never()).tryConsume(any());
	}

	private String raise(MockHttpServletResponse response) {
		AdvanceIssueForm form = new AdvanceIssueForm();
		form.setCategoryCode("GRAFFITI");
		form.setDescription(" Tags on the bus shelter ");
		return controller.raise(7, form, new BeanPropertyBindingResult(form, "advanceIssueForm"), new ExtendedModelMap(),
				new MockHttpServletRequest("POST", "/ward-walks/7/issue"), response);
	}

}
