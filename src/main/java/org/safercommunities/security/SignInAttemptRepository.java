package org.safercommunities.security;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, String> {

	List<SignInAttempt> findByAccountKey(String accountKey);

	@Modifying
	@Query("delete from SignInAttempt a where a.accountKey = :accountKey")
	void deleteByAccountKey(String accountKey);

}
