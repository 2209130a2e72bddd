package io.lockwatch.report.cli;

import io.lockwatch.report.check.FindingCategory;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code cycles}, {@code deadlocks}, {@code races} or {@code hazards} (any case). */
final class FindingCategoryConverter implements ITypeConverter<FindingCategory> {
  @Override
  public FindingCategory convert(String value) {
    try {
      return FindingCategory.fromId(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
