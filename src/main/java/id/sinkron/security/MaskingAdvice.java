package id.sinkron.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Masks NIK and KK numbers in every JSON answer of the API for callers not entitled to them (see
 * {@link Disclosure}), by field and by shape ({@link IdentityMasking}): golden records, changes, raw payloads of
 * rejections (a malformed NIK too), source record ids that are NIKs. One place, so no endpoint added later can forget it.
 */
@ControllerAdvice
class MaskingAdvice implements ResponseBodyAdvice<Object> {

    private final ObjectMapper json;
    private final IdentityMasking masking;

    MaskingAdvice(ObjectMapper json, IdentityMasking masking) {
        this.json = json;
        this.masking = masking;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return MappingJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body == null || body instanceof ProblemDetail || !request.getURI().getPath().startsWith("/api/") || !Disclosure.masked()) {
            return body;
        }
        return masking.mask(json.valueToTree(body));
    }
}
