package dev.atende.survey.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SettingsRows extends JpaRepository<SettingsRow, Integer> {
}
