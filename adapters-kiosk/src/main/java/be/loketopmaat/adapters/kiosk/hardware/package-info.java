/**
 * The kiosk's hardware as ports: the eID card reader and its session, the A4 document printer and
 * the receipt printer. Ordinary events (no card, card pulled out, wrong PIN, out of paper) are
 * outcomes, sealed types the caller must look at, not exceptions; an exception here means a
 * programming error.
 */
package be.loketopmaat.adapters.kiosk.hardware;
