export { Cache, type RedisClient } from './cache';
