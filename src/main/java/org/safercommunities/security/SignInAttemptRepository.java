package org.safercommunities.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInAttemptRepository extends JpaRepository<SignInAttempt, String> {

}
