/**
 * The embedded demo partnership (organisations and one account per role). Off unless the demo profile is on,
 * and never on anything but the embedded H2 database.
 */
package org.safercommunities.demo;
