package be.loketopmaat.domain.advice;

import be.loketopmaat.domain.location.Location;

/** A location suggested to the citizen, with its distance when we know where the citizen is. */
public record NearbyLocation(Location location, Double distanceKm) {}
