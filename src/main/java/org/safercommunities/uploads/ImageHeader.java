package org.safercommunities.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The width and height a picture declares in its header, read without decoding a pixel, so that a small file
 * claiming a huge picture (a "decompression bomb") is refused before it can exhaust memory. Works for every
 * format ImageIO has a reader for (PNG, JPEG, GIF, BMP, and WebP where a plug-in is installed).
 */
record ImageHeader(int width, int height) {

	long pixels() {
		return (long) width * height;
	}

	static Optional<ImageHeader> of(byte[] content) {
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return Optional.of(new ImageHeader(reader.getWidth(0), reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

}
