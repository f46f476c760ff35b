package dev.lodestar.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body stops after a number of bytes, however it was sent.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream body = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				if (this.read >= LimitedBodyRequest.this.maxBytes) {
					return -1;
				}
				int next = body.read();
				if (next >= 0) {
					this.read++;
				}
				return next;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				long left = LimitedBodyRequest.this.maxBytes - this.read;
				if (left <= 0) {
					return -1;
				}
				int count = body.read(buffer, offset, (int) Math.min(length, left));
				if (count > 0) {
					this.read += count;
				}
				return count;
			}

			@Override
			public boolean isFinished() {
				return this.read >= LimitedBodyRequest.this.maxBytes || body.isFinished();
			}

			@Override
			public boolean isReady() {
				return body.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				body.setReadListener(listener);
			}

		};
	}

}
