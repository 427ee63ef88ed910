// Every test sees UTC so that a test that forgets to pass a zone fails the same way everywhere.
process.env.TZ = 'UTC';
