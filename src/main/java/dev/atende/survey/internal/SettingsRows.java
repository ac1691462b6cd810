package dev.atende.survey.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface SettingsRows extends org.springframework.data.jpa.repository.JpaRepository<SettingsRow, Integer> {
}
