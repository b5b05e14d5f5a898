package io.archfit.assessment;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Status} as its published name ({@code draft}, {@code in-review}, …),
 * the values the {@code status} column has always held.
 */
@Converter
class StatusConverter implements AttributeConverter<Status, String> {

	@Override
	public String convertToDatabaseColumn(Status status) {
		return (status != null) ? status.id() : null;
	}

	@Override
	public Status convertToEntityAttribute(String id) {
		return (id != null) ? Status.of(id).orElseThrow(() -> new IllegalStateException("Unknown status: " + id))
				: null;
	}

}
