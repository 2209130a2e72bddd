package io.lockwatch.report.cli;

import io.lockwatch.report.check.FailOn;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Checks one name given to {@code --fail-on}: a category id or {@code confirmed} (any case). */
final class FailOnConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      FailOn.parse(List.of(value));
      return value;
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
