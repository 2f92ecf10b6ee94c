package be.loketopmaat.domain.notification;

import be.loketopmaat.domain.appointment.AppointmentReference;
import be.loketopmaat.domain.common.Language;

/**
 * One message to one citizen, written in their language, addressed to their e-mail and/or phone.
 */
public record Message(
    AppointmentReference appointment,
    MessageKind kind,
    Language language,
    String email,
    String phone,
    String subject,
    String body) {}
