package id.sinkron.service.web;

import id.sinkron.canonical.Persons;
import id.sinkron.service.Services;
import id.sinkron.service.Services.ServiceVersion;
import id.sinkron.service.Services.ServiceView;
import id.sinkron.web.NotFound;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Service records: a person's services, one service, and its history. */
@RestController
class ServicesController {

    private final Services services;
    private final Persons persons;

    ServicesController(Services services, Persons persons) {
        this.services = services;
        this.persons = persons;
    }

    /**
     * The person's current services; an unknown person is a 404, a person without services an empty list. A retired
     * (merged) id answers its survivor's, like the person itself.
     */
    @GetMapping("/api/v1/persons/{id}/services")
    List<ServiceView> ofPerson(@PathVariable UUID id) {
        return services.ofPerson(persons.find(id).orElseThrow(() -> new NotFound("no person " + id)).id());
    }

    @GetMapping("/api/v1/services/{id}")
    ServiceView get(@PathVariable UUID id) {
        return services.find(id).orElseThrow(() -> new NotFound("no service " + id));
    }

    @GetMapping("/api/v1/services/{id}/versions")
    List<ServiceVersion> versions(@PathVariable UUID id) {
        get(id);
        return services.versions(id);
    }
}
