package org.safercommunities.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.safercommunities.directory.EntryChange.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's one-time link: a random 256-bit token, e-mailed once, stored only as its SHA-256, working once and
 * until it expires. Through it the owner confirms the entry (which takes effect at once) or proposes changes
 * (which wait for an officer).
 */
@Service
@Transactional
class OwnerLinks {

	private final SecureRandom random = new SecureRandom();

	private final OwnerTokenRepository tokens;

	private final DirectoryEntryRepository entries;

	private final ProposalRepository proposals;

	private final EntryHistory history;

	private final DirectorySettings settings;

	private final Clock clock;

	OwnerLinks(OwnerTokenRepository tokens, DirectoryEntryRepository entries, ProposalRepository proposals,
			EntryHistory history, DirectorySettings settings, Clock clock) {
		this.tokens = tokens;
		this.entries = entries;
		this.proposals = proposals;
		this.history = history;
		this.settings = settings;
		this.clock = clock;
	}

	/** A new link for the entry's owner. Returns the token itself, which is never stored. */
	String issue(DirectoryEntry entry) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		tokens.save(new OwnerToken(entry.getId(), hash(token), now, now.plus(settings.linkValidFor())));
		return token;
	}

	/** When a link issued now stops working. */
	Instant expiryOfNewLink() {
		return clock.instant().plus(settings.linkValidFor());
	}

	/** The entry the link is for, while the link is unused and unexpired. */
	@Transactional(readOnly = true)
	Optional<DirectoryEntry> open(String token) {
		return usable(token).flatMap(found -> entries.findById(found.getEntryId()));
	}

	/** The owner says the details are still right: the entry is confirmed and shown again if it was hidden. */
	boolean confirm(String token) {
		return use(token).map(entry -> {
			entry.confirmed(LocalDate.now(clock));
			history.recordBy(EntryHistory.OWNER, entry, Action.CONFIRMED, null);
			return true;
		}).orElse(false);
	}

	/** The owner proposes changes. They wait for an officer; the public page keeps the old details meanwhile. */
	boolean propose(String token, EntryDetails details, String note) {
		return use(token).map(entry -> {
			proposals.save(new Proposal(entry.getId(), details, note, clock.instant()));
			history.recordBy(EntryHistory.OWNER, entry, Action.PROPOSED,
					EntryHistory.describe(entry.details().differencesTo(details)));
			return true;
		}).orElse(false);
	}

	private Optional<DirectoryEntry> use(String token) {
		Optional<OwnerToken> found = token == null || token.length() > 100 ? Optional.empty()
				: tokens.lockByTokenHash(hash(token)).filter(link -> link.usableAt(clock.instant()));
		found.ifPresent(link -> link.use(clock.instant()));
		return found.flatMap(link -> entries.findById(link.getEntryId()));
	}

	private Optional<OwnerToken> usable(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(hash(token)).filter(link -> link.usableAt(clock.instant()));
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
