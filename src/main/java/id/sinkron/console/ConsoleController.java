package id.sinkron.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends a browser that asks for the service's root or the console's folder to the console's page. */
@Controller
class ConsoleController {

    @GetMapping({"/", "/console", "/console/"})
    String console() {
        return "redirect:/console/index.html";
    }
}
