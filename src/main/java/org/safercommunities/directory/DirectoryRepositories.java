package org.safercommunities.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryEntryRepository extends JpaRepository<DirectoryEntry, Long> {

	Optional<DirectoryEntry> findBySlug(String slug);

	Optional<DirectoryEntry> findByOrganisationId(long organisationId);

	boolean existsBySlug(String slug);

	List<DirectoryEntry> findByStatusInOrderByNameAsc(Collection<EntryStatus> statuses);

	List<DirectoryEntry> findAllByOrderByNameAsc();

	List<DirectoryEntry> findByTypeOrderByNameAsc(EntryType type);

}

interface EntryChangeRepository extends JpaRepository<EntryChange, Long> {

	List<EntryChange> findByEntryIdOrderByChangedAtDescIdDesc(long entryId);

}

interface ProposalRepository extends JpaRepository<Proposal, Long> {

	List<Proposal> findByStatusOrderByProposedAtAsc(Proposal.Status status);

	List<Proposal> findByEntryIdAndStatus(long entryId, Proposal.Status status);

}

interface OwnerTokenRepository extends JpaRepository<OwnerToken, Long> {

	Optional<OwnerToken> findByTokenHash(String tokenHash);

	/** The same, locked, so two clicks on one link cannot both use it. */
	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@org.springframework.data.jpa.repository.Query("select t from OwnerToken t where t.tokenHash = :tokenHash")
	Optional<OwnerToken> lockByTokenHash(String tokenHash);

}
