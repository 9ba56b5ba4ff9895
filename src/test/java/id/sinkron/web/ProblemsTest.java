package id.sinkron.web;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which exceptions are the caller's mistake (400) and which are Sinkron's (500), on a bare MVC set-up. */
class ProblemsTest {

    @RestController
    static class Failing {

        @GetMapping("/caller-mistake")
        String callerMistake() {
            throw new BadRequest("nik must be 16 digits");
        }

        @GetMapping("/illegal-argument")
        String illegalArgument() {
            throw new IllegalArgumentException("a bug deep inside: not the caller's doing");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new Problems()).build();

    @Test
    void aBadRequestIsA400ProblemNamingTheMistake() throws Exception {
        mvc.perform(get("/caller-mistake"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:sinkron:problem:bad-request"))
                .andExpect(jsonPath("$.detail").value("nik must be 16 digits"));
    }

    /** Review finding 6: every IllegalArgumentException, bugs included, answered 400 with its message. */
    @Test
    void anIllegalArgumentExceptionIsA500WithoutItsMessage() throws Exception {
        mvc.perform(get("/illegal-argument"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:sinkron:problem:internal"))
                .andExpect(jsonPath("$.detail", not(containsString("bug"))));
    }
}
