package org.safercommunities.reporting;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface InboxRowRepository extends JpaRepository<InboxRow, Long>, JpaSpecificationExecutor<InboxRow> {
}
