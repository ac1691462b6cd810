package dev.atende.identity.internal;

import org.springframework.data.repository.ListCrudRepository;

/** The sign-up settings row (created by the migration). */
public interface SignupSettingsStore extends ListCrudRepository<SignupSettings, Integer> {
}
