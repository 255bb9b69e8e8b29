// The rule lives in shared/ so the admin app's hours editor checks input exactly as the API does.
export * from '../shared/hours';
