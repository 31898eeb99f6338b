package org.safercommunities.centres;

import org.safercommunities.engagement.CentreStaffTrained;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Training sessions are recorded once, in the engagement module; a session of a topic that counts for the
 * centres, delivered to a centre's staff, becomes that centre's training record here, in the same transaction
 * (so the session and the centre's eligibility never disagree). Organisations that host no centre are ignored.
 */
@Component
class DeliveredTraining {

	private final CentreManagement management;

	DeliveredTraining(CentreManagement management) {
		this.management = management;
	}

	@EventListener
	void on(CentreStaffTrained trained) {
		management.recordDeliveredTraining(trained.organisationId(), new CompletedTraining(
				trained.attendees() + " staff (training by " + trained.trainer() + ")", trained.topic(), trained.heldOn()));
	}

}
