package io.archfit.system;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Set;

import io.archfit.catalogue.CatalogueTexts;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lets a page's catalogue speak for itself: when the page's model holds the
 * {@value #VARIABLE} of the catalogue it shows, a catalogue message key ({@code rule.…},
 * {@code trait.…} …) written {@code #{…}} in a template is first looked up there, then in
 * the application's bundles. Installed ahead of Spring's own message resolver on the
 * template engine.
 */
@Component
class CatalogueMessageResolver implements IMessageResolver, BeanPostProcessor {

	/** The model attribute holding the shown catalogue's {@link CatalogueTexts}. */
	static final String VARIABLE = "catalogueTexts";

	private static final Set<String> PREFIXES = Set.of("architecture", "group", "criterion", "step", "trait",
			"quantity", "rule", "knockout", "risk");

	private final ObjectFactory<MessageSource> messages;

	CatalogueMessageResolver(ObjectFactory<MessageSource> messages) {
		this.messages = messages;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof SpringTemplateEngine engine) {
			engine.addMessageResolver(this);
			SpringMessageResolver spring = new SpringMessageResolver();
			spring.setMessageSource(this.messages.getObject());
			spring.setOrder(1);
			engine.addMessageResolver(spring);
		}
		return bean;
	}

	@Override
	public String getName() {
		return "ArchFit catalogue texts";
	}

	@Override
	public Integer getOrder() {
		return 0;
	}

	@Override
	public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
		int dot = key.indexOf('.');
		if (dot < 0 || !PREFIXES.contains(key.substring(0, dot))
				|| !(context.getVariable(VARIABLE) instanceof CatalogueTexts texts)) {
			return null;
		}
		Locale locale = context.getLocale();
		String text = texts.text(key, locale);
		if (text == null || parameters == null || parameters.length == 0) {
			return text;
		}
		return new MessageFormat(text, locale).format(parameters);
	}

	@Override
	public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
			Object[] parameters) {
		return "??" + key + "_" + context.getLocale() + "??";
	}

}
