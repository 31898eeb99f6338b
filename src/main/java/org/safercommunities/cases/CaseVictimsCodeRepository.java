package org.safercommunities.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseVictimsCodeRepository extends JpaRepository<CaseVictimsCode, Long> {

}
