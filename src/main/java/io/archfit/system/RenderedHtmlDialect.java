package io.archfit.system;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * {@code af:insert="${…}"} replaces its element with {@link RenderedHtml} as it is, and
 * refuses any other value: the one way for a template to insert HTML unescaped, so text
 * that did not come out of the template engine can never reach a page raw.
 */
@Component
class RenderedHtmlDialect extends AbstractProcessorDialect {

	RenderedHtmlDialect() {
		super("ArchFit", "af", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new Insert(prefix));
	}

	private static final class Insert extends AbstractAttributeTagProcessor {

		Insert(String prefix) {
			super(TemplateMode.HTML, prefix, null, false, "insert", true, 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue)
				.execute(context);
			if (!(value instanceof RenderedHtml rendered)) {
				throw new TemplateProcessingException("af:insert takes only RenderedHtml, not "
						+ ((value != null) ? value.getClass().getName() : "null") + ": " + attributeValue);
			}
			structureHandler.replaceWith(rendered.html(), false);
		}

	}

}
