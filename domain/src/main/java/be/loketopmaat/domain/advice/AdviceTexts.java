package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.common.LocalizedText;

/** The sentences channel advice speaks to citizens, in Dutch, French and English. */
final class AdviceTexts {
  private AdviceTexts() {}

  static final LocalizedText AUTOMATIC =
      new LocalizedText(
          "U hoeft niets te doen: de stad bezorgt dit automatisch.",
          "Vous n'avez rien à faire : la ville vous le fournit automatiquement.",
          "You need not do anything: the city delivers this automatically.");

  static final LocalizedText AUTOMATIC_IF_UNCHANGED =
      new LocalizedText(
          "Is er sinds de vorige keer niets veranderd? Dan bezorgt de stad dit automatisch.",
          "Si rien n'a changé depuis la dernière fois, la ville vous le fournit automatiquement.",
          "If nothing changed since the last time, the city delivers this automatically.");

  static LocalizedText logInForIt(String url) {
    return new LocalizedText(
        "Meld u aan met uw eID-kaartlezer of itsme op " + url + ": het staat meteen klaar.",
        "Connectez-vous avec votre lecteur de carte eID ou itsme sur "
            + url
            + " : c'est aussitôt disponible.",
        "Log in with your eID card reader or itsme at " + url + ": it is ready at once.");
  }

  static final LocalizedText ONLY_FOR_REDUCED_MOBILITY =
      new LocalizedText(
          "Een huisbezoek is er alleen voor wie zich moeilijk kan verplaatsen.",
          "La visite à domicile est réservée aux personnes qui se déplacent difficilement.",
          "A home visit is only for those who find it hard to get about.");

  static LocalizedText online(String url) {
    return new LocalizedText(
        "Vraag het online aan via het e-loket: " + url,
        "Faites la demande en ligne via le guichet électronique : " + url,
        "Apply online at the e-counter: " + url);
  }

  static LocalizedText app(String url) {
    return new LocalizedText(
        "Vraag het aan in de app van de stad: " + url,
        "Faites la demande dans l'application de la ville : " + url,
        "Apply in the city app: " + url);
  }

  static final LocalizedText NEEDS_DIGITAL_IDENTIFICATION =
      new LocalizedText(
          "Hiervoor hebt u een eID-kaartlezer of itsme nodig. Een zelfbedieningszuil of het contactcenter helpt u verder.",
          "Il vous faut un lecteur de carte eID ou itsme. Une borne libre-service ou le centre de contact vous aide.",
          "This needs an eID card reader or itsme. A self-service kiosk or the contact centre can help you.");

  static final LocalizedText PREFERS_NON_DIGITAL =
      new LocalizedText(
          "Digitaal, maar u verkiest een andere weg.",
          "En ligne, mais vous préférez une autre voie.",
          "Digital, but you prefer another way.");

  static final LocalizedText KIOSK =
      new LocalizedText(
          "Ga naar een zelfbedieningszuil in de buurt: u hebt uw eID en pincode nodig.",
          "Rendez-vous à une borne libre-service proche : munissez-vous de votre eID et de votre code PIN.",
          "Go to a self-service kiosk nearby: bring your eID and its PIN code.");

  static LocalizedText phone(String phone) {
    return new LocalizedText(
        "Bel het contactcenter van de stad op " + phone + ".",
        "Appelez le centre de contact de la ville au " + phone + ".",
        "Call the city contact centre on " + phone + ".");
  }

  static LocalizedText phoneFallback(String phone) {
    return new LocalizedText(
        "Bel het contactcenter op " + phone + ": zij zoeken met u de juiste weg.",
        "Appelez le centre de contact au " + phone + " : il cherche avec vous la bonne solution.",
        "Call the contact centre on " + phone + ": they will find the right way with you.");
  }

  static final LocalizedText WALK_IN =
      new LocalizedText(
          "Kom langs zonder afspraak aan een van deze loketten.",
          "Passez sans rendez-vous à l'un de ces guichets.",
          "Walk in without an appointment at one of these counters.");

  static LocalizedText appointment(String url, String phone) {
    return new LocalizedText(
        "Maak een afspraak online via "
            + url
            + " of telefonisch op "
            + phone
            + ", en kom dan naar een van deze loketten.",
        "Prenez rendez-vous en ligne via "
            + url
            + " ou par téléphone au "
            + phone
            + ", puis rendez-vous à l'un de ces guichets.",
        "Book an appointment online at "
            + url
            + " or by phone on "
            + phone
            + ", then come to one of these counters.");
  }

  static final LocalizedText PRESENCE_REQUIRED =
      new LocalizedText(
          "De wet vereist dat u dit persoonlijk aanvraagt (vingerafdrukken, foto, handtekening).",
          "La loi exige que vous en fassiez la demande en personne (empreintes, photo, signature).",
          "The law requires you to apply in person (fingerprints, photo, signature).");

  static LocalizedText homeVisit(String phone) {
    return new LocalizedText(
        "Kunt u zich moeilijk verplaatsen? Vraag een huisbezoek aan via het contactcenter op "
            + phone
            + ".",
        "Vous vous déplacez difficilement ? Demandez une visite à domicile au centre de contact au "
            + phone
            + ".",
        "Hard for you to get about? Ask for a home visit through the contact centre on "
            + phone
            + ".");
  }

  static LocalizedText referral(String organisation) {
    return new LocalizedText(
        "Dit regelt " + organisation + ", niet de stadsloketten. Zo bereikt u hen:",
        "C'est "
            + organisation
            + " qui s'en occupe, pas les guichets de la ville. Voici comment les joindre :",
        organisation + " handles this, not the city counters. This is how to reach them:");
  }

  static final LocalizedText PICKUP =
      new LocalizedText(
          "Haal het document af zodra u bericht krijgt dat het klaar is, aan een van deze loketten.",
          "Retirez le document dès que vous êtes averti qu'il est prêt, à l'un de ces guichets.",
          "Collect the document once you are told it is ready, at one of these counters.");

  static final LocalizedText PICKUP_BY_APPOINTMENT =
      new LocalizedText(
          "Maak een afspraak om het document af te halen zodra het klaar is, aan een van deze loketten.",
          "Prenez rendez-vous pour retirer le document dès qu'il est prêt, à l'un de ces guichets.",
          "Book an appointment to collect the document once it is ready, at one of these counters.");
}
