/**
 * Safe uploads for every module that keeps files people send (reports' evidence, case documents): type read from
 * the content, size limit, ClamAV scan through clamd (files held as not yet scanned while it is away, and scanned
 * later), pictures re-encoded without their metadata and PDFs rebuilt from page images. Public API:
 * {@link SafeUploads} (giving an {@link UploadCheck}: {@link AcceptedFile} or {@link RefusedFile} with an
 * {@link UploadRefusal}), {@link FileNames}, {@link ScanStatus} and {@link ScanResult}, {@link UploadSettings}, and
 * for held files the interface {@link HeldFiles} (implemented by the modules keeping files) with
 * {@link HeldFileScans}. It keeps no files itself: each module stores, encrypts and audits its own.
 */
@ApplicationModule(displayName = "Uploads", allowedDependencies = {})
package org.safercommunities.uploads;

import org.springframework.modulith.ApplicationModule;
