package org.safercommunities.uploads;

/** What {@link SafeUploads} made of a file: {@link AcceptedFile} to keep, or {@link RefusedFile} with the reason. */
public sealed interface UploadCheck permits AcceptedFile, RefusedFile {
}
