export {
  unknownEndpointRoute as GET,
  unknownEndpointRoute as POST,
  unknownEndpointRoute as PUT,
  unknownEndpointRoute as PATCH,
  unknownEndpointRoute as DELETE,
} from '@/lib/scim/discovery-routes';
