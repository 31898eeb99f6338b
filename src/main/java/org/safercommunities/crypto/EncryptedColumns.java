package org.safercommunities.crypto;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every column that holds ciphertext: the JPA attributes converted by {@link EncryptedText}, read from the entities'
 * own mapping, and what modules declare through {@link EncryptedColumn.Source}. {@code EncryptedColumnsTests} fails
 * when a column in the database holds ciphertext and is in neither.
 */
@Component
public class EncryptedColumns {

	private final EntityManagerFactory entities;

	private final ObjectProvider<EncryptedColumn.Source> declared;

	EncryptedColumns(EntityManagerFactory entities, ObjectProvider<EncryptedColumn.Source> declared) {
		this.entities = entities;
		this.declared = declared;
	}

	public List<EncryptedColumn> all() {
		List<EncryptedColumn> columns = new ArrayList<>();
		entities.getMetamodel().getEntities().forEach(entity -> columns.addAll(mapped(entity.getJavaType())));
		declared.orderedStream().forEach(source -> columns.addAll(source.encryptedColumns()));
		columns.sort(Comparator.comparing(EncryptedColumn::toString));
		return columns;
	}

	/** The entity's {@code @Convert(converter = EncryptedText.class)} fields, by their {@code @Column} names. */
	static List<EncryptedColumn> mapped(Class<?> entity) {
		Table table = entity.getAnnotation(Table.class);
		List<EncryptedColumn> columns = new ArrayList<>();
		String idColumn = null;
		for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(Id.class)) {
					idColumn = columnName(field);
				}
				Convert convert = field.getAnnotation(Convert.class);
				if (convert != null && convert.converter() == EncryptedText.class) {
					columns.add(EncryptedColumn.text(tableName(entity, table), columnName(field)));
				}
			}
		}
		if (columns.isEmpty()) {
			return columns;
		}
		if (idColumn == null) {
			throw new IllegalStateException(entity.getSimpleName() + " has encrypted fields but no single @Id field");
		}
		String id = idColumn;
		return columns.stream()
			.map(column -> new EncryptedColumn(column.table(), id, column.column(), column.storage(), null))
			.toList();
	}

	private static String tableName(Class<?> entity, Table table) {
		if (table == null || table.name().isBlank()) {
			throw new IllegalStateException(entity.getSimpleName() + " has encrypted fields: give it @Table(name = ...)");
		}
		return table.name();
	}

	private static String columnName(Field field) {
		Column column = field.getAnnotation(Column.class);
		if (column != null && !column.name().isBlank()) {
			return column.name();
		}
		return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
	}

}
