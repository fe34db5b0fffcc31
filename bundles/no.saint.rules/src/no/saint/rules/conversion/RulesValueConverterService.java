package no.saint.rules.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import no.saint.rules.validation.RulesMessages;

/** Converts the numbers of rules files, reporting numbers out of range with a localized message. */
public class RulesValueConverterService extends DefaultTerminalConverters {

	@Inject
	private RulesMessages messages;

	@ValueConverter(rule = "Number")
	public IValueConverter<BigDecimal> number() {
		return new AbstractValueConverter<>() {
			@Override
			public BigDecimal toValue(String string, INode node) {
				try {
					return string == null || string.isEmpty() ? null : new BigDecimal(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException(messages.format("INVALID_NUMBER", string), node, e);
				}
			}

			@Override
			public String toString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	@ValueConverter(rule = "SignedInt")
	public IValueConverter<Integer> signedInt() {
		return new AbstractValueConverter<>() {
			@Override
			public Integer toValue(String string, INode node) {
				try {
					return string == null || string.isEmpty() ? null : Integer.valueOf(string);
				} catch (NumberFormatException e) {
					throw new ValueConverterException(messages.format("INVALID_WHOLE_NUMBER", string), node, e);
				}
			}

			@Override
			public String toString(Integer value) {
				return value.toString();
			}
		};
	}
}
