// Setup of the component and hook tests (the `dom` project in vitest.config.ts).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
