package org.safercommunities.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** The plan's rows as the pages and services read them. */
final class PlanRecords {

	private PlanRecords() {
	}

	/** What a strategy is: its name, the organisation that owns it, its period and where it comes from. */
	record StrategyDetails(String name, long ownerOrganisationId, LocalDate periodFrom, LocalDate periodTo,
			String source) {
	}

	record Strategy(long id, StrategyDetails details) {
	}

	record PriorityDetails(int number, String title, String outcomes) {

		/** The outcomes sought, one a line. */
		public List<String> outcomeLines() {
			return outcomes == null ? List.of()
					: Arrays.stream(outcomes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		}

	}

	record Priority(long id, long strategyId, PriorityDetails details) {
	}

	/**
	 * What an action is. {@code indicatorCodes} are dashboard indicator codes its output measures are read from.
	 */
	record ActionDetails(String reference, String what, long leadOrganisationId, Long leadUserId, LocalDate deadline,
			String outputMeasures, List<String> indicatorCodes) {

		ActionDetails {
			indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
		}

	}

	/** An action with the RAG of its latest progress update (null: never updated). */
	record Action(long id, long priorityId, ActionDetails details, Rag rag, String ragReason) {

		ActionStatus statusOn(LocalDate today) {
			return ActionStatus.of(rag, details.deadline(), today);
		}

		boolean overdueOn(LocalDate today) {
			return ActionStatus.overdue(rag, details.deadline(), today);
		}

	}

	record Update(long id, long actionId, long authorUserId, String authorName, OffsetDateTime writtenAt, String text,
			Rag ragAfter, String reason) {
	}

	record Meeting(long id, long boardId, String boardName, LocalDate meetsOn) {
	}

	/** A board of the partnership's governance, with the organisations that sit on it and its meetings, soonest first. */
	record Board(long id, String name, List<Long> memberOrganisationIds, List<LocalDate> meetings) {
	}

}
