package org.demarc.model;

import java.util.Objects;

/**
 * One of the client's people at the workshop, with the role they spoke for. An answer names the
 * attendee who confirmed it by {@link #name()}. Text fields are never null (empty = none).
 */
public record Attendee(String name, String role, String organisation) {
    public Attendee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisation, "organisation");
    }

    public Attendee withName(String newName) {
        return new Attendee(newName, role, organisation);
    }

    public Attendee withRole(String newRole) {
        return new Attendee(name, newRole, organisation);
    }

    public Attendee withOrganisation(String newOrganisation) {
        return new Attendee(name, role, newOrganisation);
    }
}
