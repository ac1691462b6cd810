package dev.atende.notification.internal;

import org.springframework.data.repository.ListCrudRepository;

public interface PreferenceRows extends ListCrudRepository<PreferenceRow, Long> {
}
