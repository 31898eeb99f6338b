package org.safercommunities.uploads;

/** A file that cannot be kept, and why. */
public record RefusedFile(UploadRefusal reason) implements UploadCheck {
}
